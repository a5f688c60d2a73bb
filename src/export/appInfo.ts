import { version } from '../../package.json';

/** The app's name and version as exported files state them (version from package.json). */
export const APP_NAME = 'SiGe Explorer';
export const APP_VERSION: string = version;
