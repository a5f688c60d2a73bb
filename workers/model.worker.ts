import * as Comlink from 'comlink';
import { modelApi } from '../src/core/api';

Comlink.expose(modelApi, self);
