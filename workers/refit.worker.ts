import * as Comlink from 'comlink';
import { createRefitApi } from './refitApi';

Comlink.expose(createRefitApi(), self);
