import { parseLaunchParams } from './app/launch-params';
import { startLanguage } from './app/locale';

// The language is set before the first screen renders, so nobody sees English flash first. A kiosk
// (kiosk=1, or a prescription that asks for one) does not read a choice someone saved on this device.
await startLanguage({ kiosk: parseLaunchParams(location.search, location.origin).kiosk });
await import('./ui/app-shell');
