<?php
namespace MeschainOzon;

/**
 * Finds the panel's built files through Vite's manifest. The installer skips dot-directories, so the package
 * ships the manifest as manifest.json; .vite/manifest.json is the build's own location, used in development.
 */
final class PanelAssets {
	const ENTRY = 'admin-ui/src/main.tsx';

	/**
	 * @param string $dir absolute folder of the built panel, with trailing slash
	 * @param string $urlBase URL prefix of that folder as the admin page sees it, with trailing slash
	 * @return array{scripts: string[], styles: string[], error: string}
	 */
	public static function load($dir, $urlBase) {
		foreach (array('manifest.json', '.vite/manifest.json') as $name) {
			if (is_file($dir . $name)) {
				return self::fromManifest((string)file_get_contents($dir . $name), $urlBase);
			}
		}

		return array('scripts' => array(), 'styles' => array(), 'error' => 'missing');
	}

	/**
	 * @param string $json manifest text
	 * @param string $urlBase
	 * @return array{scripts: string[], styles: string[], error: string}
	 */
	public static function fromManifest($json, $urlBase) {
		$result = array('scripts' => array(), 'styles' => array(), 'error' => '');
		$manifest = json_decode($json, true);
		if (!is_array($manifest)) {
			$result['error'] = 'unreadable';
			return $result;
		}
		if (!isset($manifest[self::ENTRY]['file']) || !is_string($manifest[self::ENTRY]['file'])) {
			$result['error'] = 'no-entry';
			return $result;
		}
		$entry = $manifest[self::ENTRY];
		$result['scripts'][] = $urlBase . $entry['file'];
		// CSS of the entry and of the chunks it imports statically, each once, in manifest order.
		$seen = array();
		$queue = array(self::ENTRY);
		while ($queue) {
			$key = array_shift($queue);
			if (isset($seen[$key]) || !isset($manifest[$key]) || !is_array($manifest[$key])) {
				continue;
			}
			$seen[$key] = true;
			$chunk = $manifest[$key];
			if (isset($chunk['css']) && is_array($chunk['css'])) {
				foreach ($chunk['css'] as $css) {
					if (is_string($css) && !in_array($urlBase . $css, $result['styles'], true)) {
						$result['styles'][] = $urlBase . $css;
					}
				}
			}
			if (isset($chunk['imports']) && is_array($chunk['imports'])) {
				foreach ($chunk['imports'] as $import) {
					if (is_string($import)) {
						$queue[] = $import;
					}
				}
			}
		}

		return $result;
	}
}
