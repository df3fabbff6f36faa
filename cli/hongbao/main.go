// Command hongbao sends red packets (红包) through the hongbao escrow and runs a local dev chain for them.
// Run `hongbao help` for the commands.
package main

import (
	"os"
	_ "time/tzdata" // the night-send rule needs local time wherever TZ points, even without system zone files

	"github.com/hongbao/hongbao/cli"
)

func main() {
	os.Exit(cli.Main(os.Args))
}
