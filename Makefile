# hongbao: one entry point for building, generating and testing. See README.md.
GO      ?= go
NPM     ?= npm
PKGS    := escrow tokens mocks

.PHONY: all build deps generate check-generated lint test test-short bench-gas demo devnet clean

all: build

## deps: install the pinned npm packages (solc, OpenZeppelin, solhint) and Go modules
deps: contracts/node_modules/.installed
	$(GO) mod download

contracts/node_modules/.installed: contracts/package.json contracts/package-lock.json
	cd contracts && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

## generate: compile the contracts (contracts/out) and regenerate the Go bindings (bindings/)
generate: contracts/node_modules/.installed
	cd contracts && node scripts/compile.js
	for p in $(PKGS); do \
		$(GO) tool abigen --v2 --combined-json contracts/out/combined/$$p.json --pkg $$p --out bindings/$$p/$$p.go || exit 1; \
	done

## check-generated: fail when contracts/out or bindings/ differ from what the sources produce
check-generated: contracts/node_modules/.installed
	cd contracts && node scripts/compile.js --check
	$(GO) test -count=1 ./bindings/...

## lint: solhint over the Solidity sources
lint: contracts/node_modules/.installed
	cd contracts && npx --no-install solhint --max-warnings 0 'src/**/*.sol'

## test: everything CI runs: generated-code drift, lint, and all Go tests
test: deps check-generated lint
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 45m ./...

## bench-gas: print the gas table (markdown) and store it in docs/gas.md
bench-gas:
	@mkdir -p docs
	$(GO) run ./testnet/gasbench | tee docs/gas.md

build:
	$(GO) build -o bin/hongbao ./cli/hongbao

## demo: the main job on the embedded dev chain: every packet kind and clause, narrated
demo: build
	./bin/hongbao demo

devnet: build
	./bin/hongbao devnet

clean:
	rm -rf bin
