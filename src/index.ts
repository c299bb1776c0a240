/** The Worker: the Hono app is the module's default export (its fetch handler). */
import { app } from './app';

export default app;
