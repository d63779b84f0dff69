// The bench_runtime workloads with goroutines and channels, for run.py.
// Prints one JSON object: {"<workload>/go": {"items_per_second": ...} | {"bytes_per_task": ...}}.
package main

import (
	"encoding/json"
	"io"
	"net"
	"os"
	"runtime"
	"sync"
	"time"
)

func best(repeats int, items float64, f func()) map[string]float64 {
	var min time.Duration
	for i := 0; i < repeats; i++ {
		start := time.Now()
		f()
		if d := time.Since(start); i == 0 || d < min {
			min = d
		}
	}
	return map[string]float64{"items_per_second": items / min.Seconds(), "seconds": min.Seconds()}
}

// (a) spawn + join of n trivial goroutines, each delivering its value on its own channel.
func spawnJoin(n int) int64 {
	handles := make([]chan int, n)
	for i := range handles {
		ch := make(chan int, 1)
		handles[i] = ch
		go func(i int) { ch <- i }(i)
	}
	var s int64
	for _, h := range handles {
		s += int64(<-h)
	}
	return s
}

// (b) ping-pong through two channels of capacity 1.
func pingPong(n int) {
	ping, pong := make(chan int, 1), make(chan int, 1)
	go func() {
		for i := 0; i < n; i++ {
			pong <- <-ping
		}
	}()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
}

// (c) gather: n goroutines, results in order.
func gather(n int) []int {
	out := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) { out[i] = i; wg.Done() }(i)
	}
	wg.Wait()
	return out
}

// (d) skynet.
func skynet(num int64, depth int, out chan<- int64) {
	if depth == 0 {
		out <- num
		return
	}
	ch := make(chan int64, 10)
	for i := int64(0); i < 10; i++ {
		go skynet(num*10+i, depth-1, ch)
	}
	var sum int64
	for i := 0; i < 10; i++ {
		sum += <-ch
	}
	out <- sum
}

// (e) memory per parked goroutine.
func sleepingMemory(n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() { wg.Done(); select { case <-stop: case <-time.After(time.Hour): } }()
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	close(stop)
	return float64(after.Sys-before.Sys) / float64(n)
}

// (f) loopback TCP echo: 4 connections × 5000 round trips of 64 bytes.
func tcpEcho() {
	const conns, trips, size = 4, 5000, 64
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	var wg sync.WaitGroup
	go func() {
		for i := 0; i < conns; i++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				buf := make([]byte, size)
				for j := 0; j < trips; j++ {
					if _, err := io.ReadFull(c, buf); err != nil {
						break
					}
					c.Write(buf)
				}
				c.Close()
			}(c)
		}
	}()
	wg.Add(conns)
	for i := 0; i < conns; i++ {
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				panic(err)
			}
			out, in := make([]byte, size), make([]byte, size)
			for j := 0; j < trips; j++ {
				c.Write(out)
				io.ReadFull(c, in)
			}
			c.Close()
		}()
	}
	wg.Wait()
}

func main() {
	res := map[string]map[string]float64{
		"a_spawn_join/go":      best(3, 100000, func() { spawnJoin(100000) }),
		"b_queue_ping_pong/go": best(3, 100000, func() { pingPong(100000) }),
		"c_gather_fan_out/go":  best(20, 1000, func() { gather(1000) }),
		"d_skynet/go":          best(1, 1000000, func() { out := make(chan int64, 1); skynet(0, 6, out); <-out }),
		"f_tcp_echo/go":        best(1, 20000, tcpEcho),
	}
	res["e_sleeping_task_memory/go"] = map[string]float64{"bytes_per_task": sleepingMemory(100000)}
	json.NewEncoder(os.Stdout).Encode(res)
}
