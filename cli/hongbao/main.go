// Command hongbao sends red packets (红包) through the hongbao escrow and runs a local dev chain for them.
// Run `hongbao help` for the commands.
package main

import (
	"os"

	"github.com/hongbao/hongbao/cli"
)

func main() {
	os.Exit(cli.Main(os.Args))
}
