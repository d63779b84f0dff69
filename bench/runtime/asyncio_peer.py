"""The bench_runtime workloads in Python asyncio (and uvloop when installed), for run.py.
Prints one JSON object: {"<workload>/<peer>": {"items_per_second": ..., ...}, ...}."""
import asyncio
import json
import sys
import time


async def trivial(i):
    return i


async def spawn_join(n):
    tasks = [asyncio.create_task(trivial(i)) for i in range(n)]
    s = 0
    for t in tasks:
        s += await t
    return s


async def queue_ping_pong(n):
    ping, pong = asyncio.Queue(1), asyncio.Queue(1)

    async def echo():
        for _ in range(n):
            await pong.put(await ping.get())

    e = asyncio.create_task(echo())
    for i in range(n):
        await ping.put(i)
        await pong.get()
    await e


async def gather_fan_out(n):
    return await asyncio.gather(*(trivial(i) for i in range(n)))


async def skynet(num, depth):
    if depth == 0:
        return num
    return sum(await asyncio.gather(*(skynet(num * 10 + i, depth - 1) for i in range(10))))


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


async def sleeping_task_memory(n):
    before = rss_bytes()
    sleepers = [asyncio.create_task(asyncio.sleep(3600)) for _ in range(n)]
    await asyncio.sleep(0.001)
    per_task = (rss_bytes() - before) / n
    for s in sleepers:
        s.cancel()
    await asyncio.gather(*sleepers, return_exceptions=True)
    return per_task


ECHO_CONNECTIONS, ECHO_ROUND_TRIPS, ECHO_SIZE = 4, 5000, 64


async def tcp_echo():
    async def serve(reader, writer):
        for _ in range(ECHO_ROUND_TRIPS):
            writer.write(await reader.readexactly(ECHO_SIZE))
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    async def client():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        message = b"x" * ECHO_SIZE
        for _ in range(ECHO_ROUND_TRIPS):
            writer.write(message)
            await writer.drain()
            await reader.readexactly(ECHO_SIZE)
        writer.close()

    await asyncio.gather(*(client() for _ in range(ECHO_CONNECTIONS)))
    server.close()
    await server.wait_closed()


def timed(runner, make, items, repeats=3):
    best = None
    for _ in range(repeats):
        start = time.perf_counter()
        runner(make())
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return {"items_per_second": items / best, "seconds": best}


def measure(peer, runner):
    out = {
        f"a_spawn_join/{peer}": timed(runner, lambda: spawn_join(100_000), 100_000),
        f"b_queue_ping_pong/{peer}": timed(runner, lambda: queue_ping_pong(100_000), 100_000),
        f"c_gather_fan_out/{peer}": timed(runner, lambda: gather_fan_out(1000), 1000, repeats=20),
        f"d_skynet/{peer}": timed(runner, lambda: skynet(0, 6), 1_000_000, repeats=1),
        f"f_tcp_echo/{peer}": timed(runner, tcp_echo, ECHO_CONNECTIONS * ECHO_ROUND_TRIPS, repeats=1),
    }
    out[f"e_sleeping_task_memory/{peer}"] = {"bytes_per_task": runner(sleeping_task_memory(100_000))}
    return out


def main():
    results = measure("python_asyncio", asyncio.run)
    if "--no-uvloop" in sys.argv:
        json.dump(results, sys.stdout, indent=1)
        return
    try:
        import uvloop
    except ImportError:
        print("asyncio_peer: uvloop not installed (apt-get install python3-uvloop)", file=sys.stderr)
    else:
        results.update(measure("python_uvloop", lambda coro: uvloop.run(coro) if hasattr(uvloop, "run")
                               else asyncio.run(coro, loop_factory=uvloop.new_event_loop)
                               if sys.version_info >= (3, 12) else _run_uvloop(uvloop, coro)))
    json.dump(results, sys.stdout, indent=1)


def _run_uvloop(uvloop, coro):
    uvloop.install()
    try:
        return asyncio.run(coro)
    finally:
        asyncio.set_event_loop_policy(None)


if __name__ == "__main__":
    main()
