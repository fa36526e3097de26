import { Viewer } from '../auth/viewer';
import { Loaders } from '../loaders';
import { Services } from '../services';

/** The GraphQL context of one operation (HTTP request, or one pushed subscription event). */
export interface GqlContext {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  requestId: string;
  /** The HTTP client's address (req.ip), for per-address throttles; absent over WebSocket. */
  clientAddress?: string;
}
