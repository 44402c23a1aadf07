#!/usr/bin/env python3
"""Where the host's CPU goes, from a dotnet-trace speedscope file (build/bench/vergelijk.sh with VERGELIJK_SPOOR=dir).

The sampled thread-time profile samples every thread, also a waiting one; a sample counts here only when its leaf is
CPU_TIME and the frame under it is no wait (a monitor, a semaphore, the socket engine's epoll loop, a GC poll).
Prints the self time per assembly and per frame, and the inclusive time per frame (optionally only the frames that
match a pattern), as shares of that time. On a saturated machine a thread preempted inside a system call (a send on
loopback wakes PostgreSQL) still counts, so compare shares between host and baseline, not with CPU ms per request.

Usage: build/bench/spoor.py dir/inwoner.speedscope.json [top] [pattern]
"""
import collections
import json
import re
import sys

WACHT = re.compile(
    r"Wait|Sleep|epoll|LowLevelLifoSemaphore|Monitor\.|UNMANAGED_CODE_TIME|Thread\.Join|WaitHandle|PollGC"
    r"|BlockingCollection|EventPipe|GateThread|TimerQueue|Interop\+Sys\.WaitFor|SocketAsyncEngine\.EventLoop")


def main():
    data = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    patroon = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
    namen = [f["name"] for f in data["shared"]["frames"]]
    zelf, assembly, inclusief = collections.Counter(), collections.Counter(), collections.Counter()
    bezig = wachtend = 0.0
    for profiel in data["profiles"]:
        stapel, vorige = [], None
        for gebeurtenis in profiel["events"]:
            t = gebeurtenis["at"]
            if stapel and vorige is not None:
                duur = t - vorige
                frames = [namen[f] for f in stapel]
                if frames[-1] == "CPU_TIME":
                    frames = frames[:-1]
                blad = frames[-1] if frames else "?"
                # Native code under the socket engine's loop is its epoll_wait.
                if blad == "?!?" and len(frames) > 1 and "EventLoop" in frames[-2]:
                    blad = "epoll"
                if WACHT.search(blad):
                    wachtend += duur
                else:
                    bezig += duur
                    zelf[blad] += duur
                    assembly[blad.split("!")[0]] += duur
                    for naam in set(frames):
                        inclusief[naam] += duur
            vorige = t
            if gebeurtenis["type"] == "O":
                stapel.append(gebeurtenis["frame"])
            elif stapel:
                stapel.pop()
    if bezig == 0:
        sys.exit("Geen samples op de CPU.")
    print(f"op de CPU {bezig:.0f} ms, wachtend {wachtend:.0f} ms (?!? is native code: the runtime, system calls)")
    for kop, teller, aantal in (("zelf per assembly", assembly, 25), ("zelf per frame", zelf, top)):
        print(f"== {kop}")
        for naam, waarde in teller.most_common(aantal):
            print(f"{waarde / bezig * 100:6.2f}%  {naam[:170]}")
    print("== inclusief" + (f" (alleen {sys.argv[3]})" if patroon else ""))
    getoond = 0
    for naam, waarde in inclusief.most_common():
        if "AsyncStateMachineBox" in naam or (patroon and not patroon.search(naam)):
            continue
        print(f"{waarde / bezig * 100:6.2f}%  {naam[:170]}")
        getoond += 1
        if getoond >= top:
            break


if __name__ == "__main__":
    main()
