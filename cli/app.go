// Package cli is the `hongbao` command: red packets (红包) on the hongbao escrow from a terminal, in the
// manner of Foundry's cast and anvil. The whole application is Run, which tests drive in-process; the
// binary's main only calls Main.
//
// Output contract: without --json, results are written for people (amounts with symbol and decimals) to
// stdout, progress (a spinner, only on a terminal) and errors to stderr. With --json, every command writes
// exactly one JSON object to stdout, also on failure: {"error": {"code": ..., "message": ...}}. Every
// failure returns a non-nil error from Run and a non-zero exit code from Main.
package cli

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
)

// Exit codes of Main.
const (
	ExitOK      = 0
	ExitFailure = 1 // the command ran and failed (a revert, an unreachable node, a wrong password, ...)
	ExitUsage   = 2 // the command line is wrong (an unknown flag, a malformed address or amount, ...)
)

// Main runs hongbao with the process's arguments and standard streams, cancelling on SIGINT and SIGTERM
// (`devnet` stops cleanly then), and returns the exit code.
func Main(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return ExitCode(Run(ctx, args, os.Stdin, os.Stdout, os.Stderr))
}

// Run runs the hongbao command line args (args[0] is the program name). It reports a failure itself (on
// stderr, or as the JSON error object on stdout under --json) and also returns it.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	r := &runner{
		stdin:     stdin,
		stdout:    stdout,
		stderr:    stderr,
		lookupEnv: os.LookupEnv,
		now:       time.Now,
	}
	return r.run(ctx, args)
}

// ExitCode maps an error returned by Run to the process exit code.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ce *Error
	if errors.As(err, &ce) && ce.Usage {
		return ExitUsage
	}
	return ExitFailure
}

// runner is one invocation of the application: its streams and its view of the environment. Nothing
// outlives it, so concurrent Runs (tests) do not share state.
type runner struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lookupEnv      func(string) (string, bool)
	now            func() time.Time // wall clock, for the night-time risk warning of rules §7
	// tty, when set, says whether a person answers on stdin (tests); nil: stdin is a terminal.
	tty func() bool

	// jsonOut is set as soon as --json is known, so that even a command-line error is printed as JSON.
	jsonOut bool
	// logLevel is --log-level: nil means the command's default (info for daemons, warn for one-shot runs).
	logLevel *slog.Level
	// g holds the global settings once a command resolved them.
	g *globals
	// sent records the transactions the command sent (an interrupted command says whether any left).
	sent sentLog
	// spinNote, when set, replaces the spinner's message (the index's progress).
	spinNote atomic.Pointer[string]
}

func (r *runner) run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		args = []string{"hongbao"}
	}
	app := r.newApp()
	r.jsonOut = r.prescanJSON(args)
	err := app.RunContext(ctx, reorder(app, args))
	if err != nil {
		err = r.report(err)
	}
	return err
}

// prescanJSON guesses --json before the command line is parsed, so that a parse error is reported in the
// requested format. The parsed value wins later.
func (r *runner) prescanJSON(args []string) bool {
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		switch strings.TrimLeft(a, "-") {
		case "json", "json=true", "json=1":
			return strings.HasPrefix(a, "-")
		}
	}
	v, ok := r.lookupEnv(envJSON)
	return ok && parseBoolish(v)
}

func (r *runner) newApp() *cli.App {
	app := &cli.App{
		Name:      "hongbao",
		Usage:     "red packets (红包) in an on-chain escrow, with withdrawal clauses",
		UsageText: "hongbao [global options] command [command options] [arguments...]",
		Description: "Global options may also come after the command (hongbao send ... --json).\n" +
			"Each has an environment variable and can be put in a .env file (see testnet/.env.example).",
		Reader:                r.stdin,
		Writer:                r.stdout,
		ErrWriter:             r.stderr,
		Flags:                 globalFlags(),
		Commands:              withUsageErrors(r.commands()),
		HideVersion:           true,
		CustomAppHelpTemplate: appHelpTemplate,
		Suggest:               true,
		ExitErrHandler:        func(*cli.Context, error) {}, // Run reports errors and Main exits; never os.Exit here
		OnUsageError:          usageError,
		CommandNotFound:       nil,
	}
	app.Flags = append(app.Flags, &cli.BoolFlag{Name: "version", Aliases: []string{"V"}, Usage: "print the version, commit and contract code hashes"})
	app.Action = func(c *cli.Context) error {
		if c.Bool("version") {
			return r.printVersion()
		}
		return cli.ShowAppHelp(c)
	}
	app.Before = func(c *cli.Context) error {
		// An unknown command is a usage error, not urfave's help page with exit status 0.
		if first := c.Args().First(); first != "" && app.Command(first) == nil {
			return usagef("InvalidCommand", "unknown command %q; run `hongbao help` for the list", first)
		}
		return nil
	}
	return app
}

func (r *runner) commands() []*cli.Command {
	return []*cli.Command{
		r.devnetCommand(),
		r.demoCommand(),
		r.deployCommand(),
		r.sendCommand(),
		r.claimCommand(),
		r.withdrawCommand(),
		r.owedCommand(),
		r.accountCommand(),
		r.versionCommand(),
		r.declineCommand(),
		r.approveCommand(),
		r.returnCommand(),
		r.interceptCommand(),
		r.refundCommand(),
		r.settleCommand(),
		r.showCommand(),
		r.listCommand(),
		r.policyCommand(),
		r.lockCommand(),
		r.orgCommand(),
		r.keeperCommand(),
		r.indexCommand(),
		r.historyCommand(),
		r.exportCommand(),
		r.reconcileCommand(),
		r.relayCommand(),
		r.webCommand(),
	}
}

// withUsageErrors makes every command report flag errors as usage errors (exit code 2, no help page
// dumped on stdout) and hides the per-command "help" subcommand (`hongbao help CMD` and `CMD --help` work).
func withUsageErrors(cmds []*cli.Command) []*cli.Command {
	for _, c := range cmds {
		c.OnUsageError = usageError
		c.HideHelpCommand = true
		c.CustomHelpTemplate = commandHelpTemplate
		withUsageErrors(c.Subcommands)
	}
	return cmds
}

// usageError turns urfave's flag-parsing failures into a usage *Error.
func usageError(_ *cli.Context, err error, isSubcommand bool) error {
	_ = isSubcommand
	return usagef("InvalidFlag", "%s; run `hongbao help COMMAND` for the options", strings.TrimSuffix(err.Error(), "."))
}

// reorder moves flags before positional arguments, and global flags before the command, wherever the user
// typed them. urfave/cli v2 stops reading flags at the first positional argument and reads global flags only
// before the command, but people write `hongbao claim 3 --code X --json`. Everything after "--" is left as
// positional.
func reorder(app *cli.App, args []string) []string {
	global := flagArity(app.Flags)
	var globals, rest []string
	command := false // a command name came before: --help is then the command's, not the app's
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, hasValue := flagName(a)
		takesValue, isGlobal := global[name]
		if name == "" && len(rest) == 0 {
			command = true
		}
		if !isGlobal || (command && (name == "help" || name == "h")) {
			rest = append(rest, a)
			continue
		}
		globals = append(globals, a)
		if takesValue && !hasValue && i+1 < len(args) {
			i++
			globals = append(globals, args[i])
		}
	}
	// `help org create` is `org create --help`: urfave's help command only looks one level down.
	if len(rest) > 2 && (rest[0] == "help" || rest[0] == "h") && !strings.HasPrefix(rest[1], "-") {
		rest = append(append([]string{}, rest[1:]...), "--help")
	}
	out := append([]string{args[0]}, globals...)
	return append(out, reorderCommand(app.Commands, rest)...)
}

// reorderCommand handles the command path (command, subcommand) and puts the leaf command's flags first.
func reorderCommand(cmds []*cli.Command, args []string) []string {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return args
	}
	var cmd *cli.Command
	for _, c := range cmds {
		if c.HasName(args[0]) {
			cmd = c
		}
	}
	if cmd == nil {
		return args
	}
	out := []string{args[0]}
	if len(cmd.Subcommands) > 0 {
		return append(out, reorderCommand(cmd.Subcommands, args[1:])...)
	}
	arity := flagArity(cmd.Flags)
	var flags, positional []string
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name, hasValue := flagName(a)
		if arity[name] && !hasValue && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	out = append(out, flags...)
	for _, f := range flags {
		// `lock show --help`: the help of lock. Its actions are positional words, which urfave would otherwise
		// read as a help topic (and print the help of the top-level show).
		if name, _ := flagName(f); name == "help" || name == "h" {
			return out
		}
	}
	if len(positional) > 0 {
		out = append(out, "--")
	}
	return append(out, positional...)
}

// flagName returns the name of a flag token ("--rpc=x" -> "rpc", true) or "" for a non-flag.
func flagName(a string) (name string, hasValue bool) {
	if !strings.HasPrefix(a, "-") || a == "-" || a == "--" {
		return "", false
	}
	name = strings.TrimLeft(a, "-")
	name, _, hasValue = strings.Cut(name, "=")
	return name, hasValue
}

// flagArity maps every name of every flag to whether it takes a value.
func flagArity(flags []cli.Flag) map[string]bool {
	m := map[string]bool{"help": false, "h": false}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			m[n] = !isBool
		}
	}
	return m
}
