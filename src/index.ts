// The action's entry point (action.yml runs the bundle of this file); everything is in run().
import { run } from './action/main.js';

await run();
