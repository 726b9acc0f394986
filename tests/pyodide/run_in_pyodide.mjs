// Runs calculators.api.handle_json inside Pyodide under Node, for tests/pyodide/test_pyodide_agreement.py.
//
//   node run_in_pyodide.mjs <pyodide dir> <calculators wheel> <requests.json> <answers.json>
//
// requests.json is a JSON array of request strings; answers.json gets
// {"python": sys.version, "answers": [answer string, ...]} in the same order.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath, requestsPath, answersPath] = process.argv.slice(2);
const indexURL = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(pathToFileURL(path.join(indexURL, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL, packageBaseUrl: indexURL, stdout: () => {}, stderr: (line) => console.error(line) });
// The same call the browser's worker makes: unpack the wheel, no micropip.
pyodide.unpackArchive(new Uint8Array(await readFile(wheelPath)), "wheel");
pyodide.globals.set("requests_json", await readFile(requestsPath, "utf8"));
const answers = pyodide.runPython(`
import json, sys
from calculators.api import handle_json
json.dumps({"python": sys.version, "answers": [handle_json(text) for text in json.loads(requests_json)]})
`);
await writeFile(answersPath, answers);
