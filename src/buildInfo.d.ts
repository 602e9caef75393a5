// Values Vite writes into the build (vite.config.ts `define`).

/** The arcade's version, from package.json: the operator panel shows which build a booth runs. */
declare const __APP_VERSION__: string;
