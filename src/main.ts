import { parseLaunchParams } from './app/launch-params';
import { startLanguage } from './app/locale';

// The language is set before the first screen renders, so nobody sees English flash first. A kiosk
// (kiosk=1, or a prescription that asks for one) does not read a choice someone saved on this device.
// A prescription may name the language; a person's own saved choice still comes first at home.
const params = parseLaunchParams(location.search, location.origin);
await startLanguage({ kiosk: params.kiosk, preferred: params.language });
await import('./ui/app-shell');
