# hongbao: one entry point for building, generating and testing. See README.md.
GO      ?= go
NPM     ?= npm
PKGS    := escrow tokens mocks
# the commit `hongbao --version` names, also where Go's VCS stamping is off
REV     := $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS := -X github.com/hongbao/hongbao/cli.buildCommit=$(REV)$(if $(REV),$(shell git diff --quiet HEAD 2>/dev/null || echo -dirty))

.PHONY: all build install deps generate check-generated check-contracts check-bindings check-web lint test go-test soak e2e realnet realnet-1m bench-realnet bench-lucky-attacks bench-devchain browser bench-gas demo devnet clean fuzz-deep

all: build

## deps: install the pinned npm packages (solc, OpenZeppelin, solhint; Vite, viem for the claim page; Anvil for the
## real-network tests) and Go modules
deps: contracts/node_modules/.installed web/node_modules/.installed testnet/anvil/node_modules/.installed
	$(GO) mod download

contracts/node_modules/.installed: contracts/package.json contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# Anvil (pinned, from npm): the real-network stand-in of the tests (interval mining, aged chains, reorgs)
testnet/anvil/node_modules/.installed: testnet/anvil/package.json testnet/anvil/package-lock.json
	cd testnet/anvil && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

## generate: compile the contracts (contracts/out and the npm package's generated files), regenerate the Go
## bindings (bindings/) and rebuild the browser pages (web/dist)
generate: contracts/node_modules/.installed web/node_modules/.installed
	cd contracts && node scripts/compile.js
	for p in $(PKGS); do \
		$(GO) tool abigen --v2 --combined-json contracts/out/combined/$$p.json --pkg $$p --out bindings/$$p/$$p.go || exit 1; \
	done
	cd web && npx --no-install vite build --logLevel warn

## check-generated: fail when contracts/out, the npm package, bindings/ or web/dist differ from their sources, or
## the package does not load by name (import and require). JS tests report with dots: a failure prints in full
check-generated: check-contracts check-bindings check-web

check-contracts: contracts/node_modules/.installed
	cd contracts && node scripts/compile.js --check
	cd contracts && node --test --test-reporter=dot test/

check-bindings:
	$(GO) test -count=1 ./bindings/...

check-web: web/node_modules/.installed
	cd web && node --test --test-reporter=dot test/

## lint: solhint over the Solidity sources
lint: contracts/node_modules/.installed
	cd contracts && npx --no-install solhint --max-warnings 0 'src/**/*.sol'

## test: what CI runs on every change: generated-code drift, lint, go vet and all Go tests. The checks and the Go
## tests run side by side (the solc check keeps one core busy for half a minute), their lines interleaved. The
## long runs of a few tests are `make soak`
test: deps
	@$(MAKE) --no-print-directory -j3 --output-sync=line check-contracts check-web lint go-test

# Go test binaries run three packages at a time and four tests at a time within a package (GOTEST_P,
# GOTEST_PARALLEL): many tests wait on a chain more than they compute, so a little more than the two cores
# keeps both busy. Tests that run the hongbao binary use bin/hongbao (HONGBAO_BIN) instead of linking their own.
# ./... includes ./bindings, check-generated's Go part (not run twice, nor beside the first compile of go-ethereum).
# GOTESTFLAGS adds flags (-json for per-package and per-test times, -short, -run ...).
GOTEST_P        ?= 3
GOTEST_PARALLEL ?= 4
GOTESTFLAGS     ?=
go-test: build
	$(GO) vet ./...
	HONGBAO_BIN=$(CURDIR)/bin/hongbao $(GO) test -count=1 -timeout 45m -p $(GOTEST_P) -parallel $(GOTEST_PARALLEL) $(GOTESTFLAGS) ./...

## soak: the long versions of runs that `make test` keeps short (HONGBAO_SOAK=1): the stateful invariant test at
## 5,000 operations (make test: 2,500) and Anvil aged by 20,000 blocks (make test: 5,001). CI runs it
soak: deps
	HONGBAO_SOAK=1 $(GO) test -count=1 -timeout 45m -v -run '^(TestInvariants|TestAge)$$' ./node/escrowtest/invariant/ ./testnet/anvil/

## e2e: the browser test: headless Chromium claims a packet through the relayer on a dev chain
e2e: deps browser
	node web/e2e/claim.spec.mjs

## realnet: every command on an Anvil chain aged by 100,000 blocks, behind a JSON-RPC proxy with a public provider's
## eth_getLogs limits, then its 429s, 503s and dropped connections; checks the calls per command against the budgets
## and writes them to testnet/realnet/out/calls.md
realnet: deps build
	HONGBAO_REALNET=1 HONGBAO_BIN=$(CURDIR)/bin/hongbao $(GO) test -count=1 -timeout 30m -v -run TestRealNetwork ./testnet/realnet/

## realnet-1m: the same at ages 1k / 10k / 100k and 1,000,000 blocks (the stretch past 100k appended to Anvil's saved
## state, ~30 s; Anvil then needs ~7 GB of memory); not in CI, figures in docs/performance.md
realnet-1m: deps build
	HONGBAO_REALNET=1 HONGBAO_REALNET_AGE=1000000 HONGBAO_BIN=$(CURDIR)/bin/hongbao $(GO) test -count=1 -timeout 60m -v -run TestRealNetwork ./testnet/realnet/

## bench-realnet: print figures on Anvil behind the same proxy (a block a second): `hongbao list` of one sender at
## 10 / 100 / 1,000 packets (wall time, RPC calls; index sync and index current), and the keeper on 1,000 expired
## packets (HONGBAO_BENCH_PACKETS=10000 for more) with 1 and the default refund transactions in flight. Prints, and
## writes testnet/bench/out/*.md; docs/performance.md quotes them
bench-realnet: deps build
	HONGBAO_BENCH_REALNET=1 HONGBAO_BENCH_BIN=$(CURDIR)/bin/hongbao $(GO) test -count=1 -timeout 60m -v -run 'Test(List|Keeper)Bench' ./testnet/bench/

## bench-lucky-attacks: the adversarial draw tests of node/escrowtest/sealed over 1,000 packets per strategy
## (HONGBAO_LUCKY_ATTACKS=1; make test plays 30), printing what each strategy earned on both draws
bench-lucky-attacks:
	HONGBAO_LUCKY_ATTACKS=1 $(GO) test -count=1 -timeout 60m -v -run '^(TestDrawAttacks|TestReviewTakeBackChoosesKnownDraw)$$' ./node/escrowtest/sealed/

## bench-devchain: `hongbao devnet` and Anvil side by side through one viem client: throughput, start-up and
## memory with their ratios (testnet/chainbench)
bench-devchain: deps build
	HONGBAO_BENCH_DEVCHAIN=1 HONGBAO_BENCH_BIN=$(CURDIR)/bin/hongbao $(GO) test -count=1 -timeout 30m -v -run '^TestDevchainVsAnvil$$' ./testnet/chainbench/

## fuzz-deep: the long stateful invariant run of node/escrowtest/invariant with every adversary: HONGBAO_FUZZ_OPS
## operations (default 100,000), every invariant checked after each, the seed printed first (replay:
## HONGBAO_INVARIANT_SEED), a progress line every 2,000 operations, the escrow drained to exactly zero at the end
HONGBAO_FUZZ_OPS ?= 100000
fuzz-deep:
	HONGBAO_FUZZ_DEEP=1 HONGBAO_FUZZ_OPS=$(HONGBAO_FUZZ_OPS) $(GO) test -count=1 -timeout 0 -v -run '^TestFuzzDeep$$' ./node/escrowtest/invariant/

## browser: Debian's Chromium for the browser test (installed only when missing)
browser:
	@command -v chromium >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-wqy-microhei; }

## bench-gas: print the gas table (markdown) and store it in docs/gas.md
bench-gas:
	@mkdir -p docs
	$(GO) run ./testnet/gasbench | tee docs/gas.md

## install: put `hongbao` on the PATH: go install into $(go env GOBIN), else $(go env GOPATH)/bin
install:
	$(GO) install -ldflags "$(LDFLAGS)" ./cli/hongbao
	@echo "installed $$( [ -n "$$($(GO) env GOBIN)" ] && $(GO) env GOBIN || echo $$($(GO) env GOPATH)/bin )/hongbao (make sure that directory is on your PATH)"

build:
	@[ -x bin/hongbao ] || echo "building bin/hongbao: the first build compiles go-ethereum, about 3 minutes on 2 idle cores (longer on a busy machine); later builds take seconds"
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/hongbao ./cli/hongbao

## demo: the main job on the embedded dev chain: every packet kind and clause, narrated
demo: build
	./bin/hongbao demo

devnet: build
	./bin/hongbao devnet

clean:
	rm -rf bin
