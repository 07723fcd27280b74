// Watch build for development: builds dist/ once, as `npm run build` does, then rebuilds a
// part whenever its sources change. The pages and each classic script keep their own watcher,
// because a content script must stay one self-contained file (it cannot share the pages'
// chunks). After a rebuild, reload the extension in the browser. manifest.json and the
// messages files are copied once, at start: restart after changing them.
import { build, type InlineConfig } from 'vite';
import { SCRIPT_ENTRIES, pagesConfig, scriptConfig, type ScriptName } from '../vite.config';

await import('./build');

/** The same build, watching, and never emptying dist/ (the other parts live there too). */
function watching(config: InlineConfig): InlineConfig {
  return {
    ...config,
    configFile: false,
    build: { ...config.build, emptyOutDir: false, watch: {} },
  };
}

await build(watching(pagesConfig));
for (const name of Object.keys(SCRIPT_ENTRIES) as ScriptName[])
  await build(watching(scriptConfig(name)));
console.log('watching src/ for changes (Ctrl+C to stop)');
