import { css } from 'lit';

/** Colours and controls shared by the screens (WCAG AA contrast on the dark background). */
export const sharedStyles = css`
  :host { color: #f2f5f7; }
  button, select { font: inherit; border-radius: 10px; padding: 0.55em 1em; border: 2px solid #5b7585; background: #22323d; color: #f2f5f7; cursor: pointer; }
  button.primary { background: #3ddc84; border-color: #3ddc84; color: #08210f; font-weight: 700; }
  button:hover { border-color: #9fc3d6; }
  button:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #ffd166; outline-offset: 3px; }
  button[disabled] { opacity: 0.55; cursor: not-allowed; }
  .card { background: #17232c; border-radius: 14px; padding: 1rem 1.25rem; }
  .muted { color: #b6c6d0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .figure .body, .placement .body { fill: none; stroke: #7fd3ff; stroke-width: 5; stroke-linecap: round; stroke-linejoin: round; }
  .figure .head, .placement .head { fill: #7fd3ff; }
  .figure .ground, .placement .ground { stroke: #4a6170; stroke-width: 2; }
  .figure .prop, .placement .prop { fill: none; stroke: #b6c6d0; stroke-width: 3; }
  .placement .camera { fill: #ffd166; }
  .placement .sight { stroke: #ffd166; stroke-width: 1.5; stroke-dasharray: 4 3; }
  .placement .tripod { stroke: #ffd166; stroke-width: 2; }
  .placement .dist { fill: #ffd166; font-size: 9px; font-family: system-ui, sans-serif; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
