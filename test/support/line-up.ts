/**
 * Lines processes up at one point so that they race there: each is stopped (SIGSTOP) the moment it has
 * a given file open, and all are let go (SIGCONT) together. Started together, two `mawjaz` processes
 * reach the database up to a second apart (loading the code is most of their start-up), while a fresh
 * file's migrations take some 20 ms; lined up, they migrate at the same moment. Needs Linux's
 * /proc/<pid>/fd; elsewhere (`canLineUp` false) the processes just run as started.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const canLineUp = existsSync('/proc/self/fd');

/** Resolves once every child has been stopped with `path` open (or has exited) and all are running again. */
export async function lineUpAtOpen(children: readonly ChildProcess[], path: string): Promise<void> {
  if (!canLineUp) return;
  // /proc shows the resolved path; the file itself may not exist yet, its directory does.
  const target = join(realpathSync(dirname(path)), basename(path));
  const waiting = new Set(children);
  try {
    while (waiting.size > 0) {
      for (const child of waiting) {
        if (child.exitCode !== null || child.signalCode !== null) waiting.delete(child);
        else if (child.pid !== undefined && hasOpen(child.pid, target)) {
          child.kill('SIGSTOP');
          waiting.delete(child);
        }
      }
      await sleep(1);
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGCONT');
  }
}

function hasOpen(pid: number, target: string): boolean {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  return fds.some((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`) === target;
    } catch {
      // Closed between the listing and the read.
      return false;
    }
  });
}
