import * as Comlink from 'comlink';
import { createCellDataApi } from './cellDataApi';

Comlink.expose(createCellDataApi(), self);
