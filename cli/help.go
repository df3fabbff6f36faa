package cli

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
