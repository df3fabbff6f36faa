// The committed build (dist/, embedded by web.go) must be what the sources build to: a change to src/ or to
// the escrow's ABI without `npx vite build` fails here.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const webDir = fileURLToPath(new URL('..', import.meta.url))

function files(dir) {
  const out = {}
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(dir, p)] = readFileSync(p)
    }
  }
  walk(dir)
  return out
}

test('dist/ is the build of the sources, byte for byte, with no absolute paths', async () => {
  const out = mkdtempSync(join(tmpdir(), 'hongbao-web-build-'))
  try {
    await build({ root: webDir, configFile: join(webDir, 'vite.config.js'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } })
    const fresh = files(out)
    const committed = files(join(webDir, 'dist'))
    assert.deepEqual(Object.keys(committed).sort(), Object.keys(fresh).sort(), 'run `npx vite build` in web/')
    for (const [name, data] of Object.entries(fresh)) {
      assert.ok(data.equals(committed[name]), `dist/${name} is stale: run \`npx vite build\` in web/`)
      assert.ok(!data.includes(webDir), `dist/${name} contains the absolute path ${webDir}`)
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
