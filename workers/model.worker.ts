import * as Comlink from 'comlink';
import { createPageApi } from './pageApi';

Comlink.expose(createPageApi(), self);
