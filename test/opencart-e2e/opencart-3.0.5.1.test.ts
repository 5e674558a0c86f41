// The newest OpenCart 3 release, as a merchant installs it today.
import { describeRiggedStore } from './rigged-suite';

describeRiggedStore('3.0.5.1');
