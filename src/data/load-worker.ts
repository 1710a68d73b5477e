/**
 * Worker entry: parses one file (request in workerData) and posts the reply (worker-reply.ts):
 * the ParsedFile with its typed arrays transferred, or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseRequest } from './parse-file.js';
import { parseForReply } from './worker-reply.js';

const { reply, transfer } = await parseForReply(workerData as ParseRequest);
parentPort!.postMessage(reply, transfer);
