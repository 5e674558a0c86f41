// The release many shops still run (its VERSION constant says 3.0.3.8), older admin markup and PHP.
import { describeRiggedStore } from './rigged-suite';

describeRiggedStore('3.0.3.9');
