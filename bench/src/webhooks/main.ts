// OB1 benchmarks: signing throughput beside the standardwebhooks package and bare
// node:crypto, delivery throughput beside bare signed POSTs, and heap under a 100k burst.
import { benchDelivery } from './delivery.js';
import { benchSignVerify } from './sign-verify.js';

benchSignVerify();
await benchDelivery();
