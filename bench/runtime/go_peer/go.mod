module coroguard/bench/go_peer

go 1.19
