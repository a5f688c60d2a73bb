import { createContext } from 'react';
import type { AppStore } from './store';

/** The app's store; provided by ModelProvider, so each test can bring its own. */
export const StoreContext = createContext<AppStore | null>(null);
