//! The bench_runtime workloads (a)-(f) on Tokio's current-thread and multi-thread runtimes, for
//! run.py. Prints one JSON object: {"<workload>/tokio-<flavor>": {"items_per_second": ...} |
//! {"bytes_per_task": ...}}.
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::runtime::{Builder, Runtime};
use tokio::sync::mpsc;

fn best(rt: &Runtime, repeats: u32, items: f64, f: impl Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>) -> f64 {
    let mut min = Duration::MAX;
    for _ in 0..repeats {
        let start = Instant::now();
        rt.block_on(f());
        min = min.min(start.elapsed());
    }
    items / min.as_secs_f64()
}

// (a) spawn + join of n trivial tasks.
async fn spawn_join(n: u64) -> u64 {
    let handles: Vec<_> = (0..n).map(|i| tokio::spawn(async move { i })).collect();
    let mut s = 0;
    for h in handles {
        s += h.await.unwrap();
    }
    s
}

// (b) ping-pong through two channels of capacity 1.
async fn ping_pong(n: u64) {
    let (ping_tx, mut ping_rx) = mpsc::channel::<u64>(1);
    let (pong_tx, mut pong_rx) = mpsc::channel::<u64>(1);
    let echo = tokio::spawn(async move {
        while let Some(v) = ping_rx.recv().await {
            if pong_tx.send(v).await.is_err() {
                break;
            }
        }
    });
    for i in 0..n {
        ping_tx.send(i).await.unwrap();
        pong_rx.recv().await.unwrap();
    }
    drop(ping_tx);
    echo.await.unwrap();
}

// (c) gather: n tasks, results in order.
async fn gather(n: u64) -> Vec<u64> {
    let handles: Vec<_> = (0..n).map(|i| tokio::spawn(async move { i })).collect();
    let mut out = Vec::with_capacity(n as usize);
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

// (d) skynet: 10^depth leaf tasks, each level awaiting its 10 children.
fn skynet(num: u64, depth: u32) -> std::pin::Pin<Box<dyn std::future::Future<Output = u64> + Send>> {
    Box::pin(async move {
        if depth == 0 {
            return num;
        }
        let children: Vec<_> = (0..10).map(|i| tokio::spawn(skynet(num * 10 + i, depth - 1))).collect();
        let mut sum = 0;
        for c in children {
            sum += c.await.unwrap();
        }
        sum
    })
}

// The process's resident memory, from /proc/self/statm (pages).
fn resident_bytes() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    pages * 4096.0
}

// (e) memory per sleeping task: n tasks each parked on a one-hour sleep, aborted at the end.
fn sleeping_memory(rt: &Runtime, n: usize) -> f64 {
    rt.block_on(async move {
        let before = resident_bytes();
        let handles: Vec<_> =
            (0..n).map(|_| tokio::spawn(tokio::time::sleep(Duration::from_secs(3600)))).collect();
        tokio::time::sleep(Duration::from_millis(50)).await; // every task has run to its sleep
        let after = resident_bytes();
        for h in &handles {
            h.abort();
        }
        for h in handles {
            let _ = h.await;
        }
        (after - before) / n as f64
    })
}

// (f) loopback TCP echo: 4 connections x 5000 round trips of 64 bytes.
async fn tcp_echo() {
    const CONNS: usize = 4;
    const TRIPS: usize = 5000;
    const SIZE: usize = 64;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let mut echoes = Vec::new();
        for _ in 0..CONNS {
            let (mut c, _) = listener.accept().await.unwrap();
            c.set_nodelay(true).unwrap();
            echoes.push(tokio::spawn(async move {
                let mut buf = [0u8; SIZE];
                for _ in 0..TRIPS {
                    if c.read_exact(&mut buf).await.is_err() {
                        break;
                    }
                    c.write_all(&buf).await.unwrap();
                }
            }));
        }
        for e in echoes {
            e.await.unwrap();
        }
    });
    let clients: Vec<_> = (0..CONNS)
        .map(|_| {
            tokio::spawn(async move {
                let mut c = tokio::net::TcpStream::connect(address).await.unwrap();
                c.set_nodelay(true).unwrap();
                let (out, mut back) = ([7u8; SIZE], [0u8; SIZE]);
                for _ in 0..TRIPS {
                    c.write_all(&out).await.unwrap();
                    c.read_exact(&mut back).await.unwrap();
                }
            })
        })
        .collect();
    for c in clients {
        c.await.unwrap();
    }
    server.await.unwrap();
}

fn runtime(flavor: &str) -> Runtime {
    match flavor {
        "tokio-current-thread" => Builder::new_current_thread().enable_all().build().unwrap(),
        _ => Builder::new_multi_thread().enable_all().build().unwrap(),
    }
}

// `tokio_peer`: the throughput workloads on both runtimes. `tokio_peer memory FLAVOR`: the memory
// workload alone, in a fresh process (freed memory of earlier workloads would be reused unseen).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut results: BTreeMap<String, BTreeMap<&str, f64>> = BTreeMap::new();
    if args.len() == 3 && args[1] == "memory" {
        let flavor = args[2].as_str();
        results
            .entry(format!("e_sleeping_task_memory/{flavor}"))
            .or_default()
            .insert("bytes_per_task", sleeping_memory(&runtime(flavor), 100_000));
    }
    for flavor in ["tokio-current-thread", "tokio-multi-thread"] {
        if args.len() > 1 {
            break;
        }
        let rt = runtime(flavor);
        let mut put = |workload: &str, key: &'static str, value: f64| {
            results.entry(format!("{workload}/{flavor}")).or_default().insert(key, value);
        };
        put("a_spawn_join", "items_per_second", best(&rt, 3, 100_000.0, || Box::pin(async { spawn_join(100_000).await; })));
        put("b_queue_ping_pong", "items_per_second", best(&rt, 3, 100_000.0, || Box::pin(ping_pong(100_000))));
        put("c_gather_fan_out", "items_per_second", best(&rt, 20, 1_000.0, || Box::pin(async { gather(1_000).await; })));
        put("d_skynet", "items_per_second", best(&rt, 1, 1_000_000.0, || Box::pin(async { tokio::spawn(skynet(0, 6)).await.unwrap(); })));
        put("f_tcp_echo", "items_per_second", best(&rt, 1, 20_000.0, || Box::pin(tcp_echo())));
    }
    // The JSON by hand: the offline registry has no serde.
    let body: Vec<String> = results
        .iter()
        .map(|(name, fields)| {
            let inner: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
            format!("\"{name}\": {{{}}}", inner.join(", "))
        })
        .collect();
    println!("{{{}}}", body.join(", "));
}
