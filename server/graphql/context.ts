import { Viewer } from '../auth/viewer';
import { Loaders } from '../loaders';
import { Services } from '../services';

/** The GraphQL context of one operation (HTTP request, or one pushed subscription event). */
export interface GqlContext {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  requestId: string;
}
