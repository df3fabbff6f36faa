package cli

import (
	"github.com/urfave/cli/v2"
)

// Help templates. go-ethereum's internal/flags (imported through its node package) replaces urfave/cli's
// global FlagStringer and puts the help flag in a "MISC" category at init, which garbles the stock help
// pages; these templates list flags from their own fields instead, one aligned line each.

const flagsTemplate = `{{range .VisibleFlags}}
   {{range $i, $n := .Names}}{{if $i}}, {{end}}{{if eq (len $n) 1}}-{{else}}--{{end}}{{$n}}{{end}}{{if .TakesValue}} value{{end}}{{"\t"}}{{.GetUsage}}{{if .TakesValue}}{{with .GetDefaultText}}{{if and (ne . "0") (ne . "\"0\"")}} (default: {{.}}){{end}}{{end}}{{end}}{{end}}`

const appHelpTemplate = `NAME:
   {{.Name}} - {{.Usage}}

USAGE:
   {{.UsageText}}

DESCRIPTION:
   {{wrap .Description 3}}

COMMANDS:{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}

GLOBAL OPTIONS:` + flagsTemplate + `
`

const commandHelpTemplate = `NAME:
   {{.HelpName}} - {{.Usage}}

USAGE:
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} [options]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}{{end}}{{if .Description}}

DESCRIPTION:
   {{wrap .Description 3}}{{end}}{{if .VisibleCommands}}

COMMANDS:{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}{{end}}{{if .VisibleFlags}}

OPTIONS:` + flagsTemplate + `{{end}}

Global options (--rpc, --json, --private-key, ...: see ` + "`hongbao help`" + `) may come anywhere on the line.
`

// withSubcommandHelp gives the subcommands of cmd a working --help: urfave/cli v2 answers `hongbao org
// add-member --help` with the parent's page. Each subcommand gets its own help flag and prints its own page.
func withSubcommandHelp(cmd *cli.Command) *cli.Command {
	for _, sub := range cmd.Subcommands {
		sub.HideHelp = true
		sub.Flags = append(sub.Flags, &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "show help"})
		action := sub.Action
		sub.Action = func(c *cli.Context) error {
			if c.Bool("help") {
				cli.HelpPrinter(c.App.Writer, commandHelpTemplate, c.Command)
				return nil
			}
			return action(c)
		}
	}
	return cmd
}

// showSubcommandHelp prints the page of cmd's subcommand name (`hongbao org help add-member`), or cmd's own.
func showSubcommandHelp(c *cli.Context, name string) error {
	if sub := c.Command.Command(name); sub != nil {
		cli.HelpPrinter(c.App.Writer, commandHelpTemplate, sub)
		return nil
	}
	if name != "" {
		return usagef("InvalidArgs", "%s has no action %q; run `hongbao help %s`", c.Command.Name, name, c.Command.Name)
	}
	cli.HelpPrinter(c.App.Writer, commandHelpTemplate, c.Command)
	return nil
}
