<?php
/*
 * Finds syntax that PHP 7.3 does not accept (and the "@" operator, which OpenCart 3's error handler still reports on
 * PHP 8), using the running PHP's tokenizer. Stands in for linting with a real php7.3 binary, which Debian 12 lacks.
 * Usage: php compat73.php FILE... ; prints [{file, line, construct}] as JSON.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});

function tok($name) {
	return defined($name) ? constant($name) : -1000 - crc32($name);
}

final class Compat73 {
	/** @var array<int, array{file: string, line: int, construct: string}> */
	public $findings = array();
	/** @var string */
	private $file = '';
	/** @var array<int, mixed> significant tokens */
	private $t = array();

	public function check($file) {
		$this->file = $file;
		$this->t = array();
		foreach (token_get_all((string)file_get_contents($file)) as $token) {
			if (is_array($token) && in_array($token[0], array(T_WHITESPACE, T_COMMENT, T_DOC_COMMENT), true)) {
				continue;
			}
			$this->t[] = $token;
		}
		$this->scan();
	}

	private function id($i) {
		if (!isset($this->t[$i])) {
			return null;
		}
		return is_array($this->t[$i]) ? $this->t[$i][0] : $this->t[$i];
	}

	private function text($i) {
		if (!isset($this->t[$i])) {
			return '';
		}
		return is_array($this->t[$i]) ? $this->t[$i][1] : $this->t[$i];
	}

	private function line($i) {
		for ($j = $i; $j >= 0; $j--) {
			if (is_array($this->t[$j])) {
				return $this->t[$j][2];
			}
		}
		return 0;
	}

	private function flag($i, $construct) {
		$this->findings[] = array('file' => $this->file, 'line' => $this->line($i), 'construct' => $construct);
	}

	private function isType($i) {
		return in_array($this->id($i), array(T_STRING, T_ARRAY, T_CALLABLE, T_STATIC, T_NS_SEPARATOR, tok('T_NAME_QUALIFIED'), tok('T_NAME_FULLY_QUALIFIED'), tok('T_NAME_RELATIVE')), true);
	}

	private function scan() {
		$modifiers = array(T_PUBLIC, T_PROTECTED, T_PRIVATE, T_VAR, T_STATIC, tok('T_READONLY'));
		$simple = array(
			tok('T_FN') => 'arrow function (7.4)',
			tok('T_MATCH') => 'match (8.0)',
			tok('T_NULLSAFE_OBJECT_OPERATOR') => 'nullsafe operator (8.0)',
			tok('T_ENUM') => 'enum (8.1)',
			tok('T_READONLY') => 'readonly (8.1)',
			tok('T_COALESCE_EQUAL') => '??= (7.4)',
			tok('T_ATTRIBUTE') => 'attribute (8.0)',
		);
		$newFunctions = array('str_contains', 'str_starts_with', 'str_ends_with', 'get_debug_type', 'fdiv', 'array_is_list', 'get_resource_id', 'preg_last_error_msg', 'mb_str_split');
		$braces = array();
		$classDepths = array();
		$pendingClass = false;
		$parens = array();
		$count = count($this->t);
		for ($i = 0; $i < $count; $i++) {
			$id = $this->id($i);
			$prev = $this->id($i - 1);
			$next = $this->id($i + 1);
			if (isset($simple[$id])) {
				$this->flag($i, $simple[$id]);
			}
			if ($id === '@') {
				$this->flag($i, 'silence operator @ (OpenCart logs it on PHP 8)');
			}
			if (($id === T_LNUMBER || $id === T_DNUMBER) && strpos($this->text($i), '_') !== false) {
				$this->flag($i, 'numeric literal separator (7.4)');
			}
			if ($id === T_STRING && $next === '(' && $prev !== T_OBJECT_OPERATOR && $prev !== T_DOUBLE_COLON && $prev !== T_FUNCTION && in_array(strtolower($this->text($i)), $newFunctions, true)) {
				$this->flag($i, 'function missing in PHP 7.3: ' . $this->text($i));
			}
			if ($id === T_VARIABLE && $next === T_DOUBLE_COLON && $this->id($i + 2) === T_CLASS) {
				$this->flag($i, '$object::class (8.0)');
			}
			if ($id === T_CONST && $this->isType($i + 1) && $this->id($i + 2) === T_STRING && $this->id($i + 3) === '=') {
				$this->flag($i, 'typed class constant (8.3)');
			}
			// Classes (not ::class or anonymous "new class") open a body whose direct members we inspect.
			if (in_array($id, array(T_CLASS, T_TRAIT, T_INTERFACE), true) && $prev !== T_DOUBLE_COLON) {
				$pendingClass = true;
			}
			if ($id === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
				$braces[] = $pendingClass && $id === '{';
				if ($pendingClass && $id === '{') {
					$classDepths[] = count($braces);
					$pendingClass = false;
				}
				continue;
			}
			if ($id === '}') {
				if ($classDepths && end($classDepths) === count($braces)) {
					array_pop($classDepths);
				}
				array_pop($braces);
				continue;
			}
			$inClassBody = $classDepths && end($classDepths) === count($braces);
			if ($inClassBody && in_array($id, $modifiers, true) && in_array($prev, array(';', '{', '}', T_ABSTRACT, T_FINAL), true)) {
				$j = $i;
				while (in_array($this->id($j), array_merge($modifiers, array(T_ABSTRACT, T_FINAL)), true)) {
					$j++;
				}
				if (!in_array($this->id($j), array(T_VARIABLE, T_FUNCTION, T_CONST), true)) {
					$this->flag($i, 'typed property (7.4)');
				}
			}
			// Parentheses: remember what opened them to judge commas, defaults and spreads inside.
			if ($id === '(' || $id === '[') {
				$kind = 'other';
				if ($id === '(' && ($prev === T_ARRAY)) {
					$kind = 'array';
				} elseif ($id === '[' && !in_array($prev, array(T_VARIABLE, ']', ')', '}', T_STRING, T_CONSTANT_ENCAPSED_STRING), true)) {
					$kind = 'array';
				} elseif ($id === '(' && ($prev === T_FUNCTION || $prev === tok('T_FN') || ($prev === T_STRING && $this->id($i - 2) === T_FUNCTION) || ($prev === '&' && $this->id($i - 2) === T_FUNCTION) || $prev === T_USE)) {
					$kind = 'declaration';
				} elseif ($id === '(' && $prev === T_CATCH) {
					$kind = 'catch';
				}
				$parens[] = array('kind' => $kind, 'variable' => false);
				if ($id === '(' && $next === T_ELLIPSIS && $this->id($i + 2) === ')') {
					$this->flag($i, 'first-class callable syntax (8.1)');
				}
				continue;
			}
			$top = $parens ? $parens[count($parens) - 1] : null;
			if ($id === ')' || $id === ']') {
				if ($top !== null && $top['kind'] === 'declaration' && $prev === ',') {
					$this->flag($i, 'trailing comma in a parameter or use list (8.0)');
				}
				if ($top !== null && $top['kind'] === 'catch' && !$top['variable']) {
					$this->flag($i, 'catch without a variable (8.0)');
				}
				array_pop($parens);
				continue;
			}
			if ($id === T_VARIABLE && $top !== null) {
				$parens[count($parens) - 1]['variable'] = true;
			}
			if ($id === T_ELLIPSIS && $top !== null && $top['kind'] === 'array') {
				$this->flag($i, 'array unpacking (7.4)');
			}
			if ($top !== null && $top['kind'] === 'declaration') {
				if (in_array($id, array(T_PUBLIC, T_PROTECTED, T_PRIVATE), true)) {
					$this->flag($i, 'constructor property promotion (8.0)');
				}
				if ($id === T_NEW && $prev === '=') {
					$this->flag($i, 'new in an initializer (8.1)');
				}
			}
			if ($id === T_STRING && ($prev === '(' || $prev === ',') && $next === ':' && $top !== null && $top['kind'] !== 'declaration') {
				$this->flag($i, 'named argument (8.0)');
			}
			if ($id === T_THROW && in_array($prev, array(T_COALESCE, '?', '=', T_DOUBLE_ARROW, ',', '(', T_BOOLEAN_AND, T_BOOLEAN_OR, T_LOGICAL_AND, T_LOGICAL_OR, T_LOGICAL_XOR), true)) {
				$this->flag($i, 'throw expression (8.0)');
			}
			if ($id === '|') {
				$this->checkUnion($i);
			}
			if ($id === T_STRING && in_array(strtolower($this->text($i)), array('mixed', 'never'), true) && ($next === T_VARIABLE || $next === '&' || $next === T_ELLIPSIS || ($prev === ':' && $this->id($i - 2) === ')'))) {
				$this->flag($i, strtolower($this->text($i)) . ' type (8.x)');
			}
			if ($id === T_STATIC && $prev === ':' && $this->id($i - 2) === ')' && ($next === '{' || $next === ';')) {
				$this->flag($i, 'static return type (8.0)');
			}
		}
	}

	/** A "|" between type names that ends at a parameter variable or a function body is a union type. */
	private function checkUnion($i) {
		if (!$this->isType($i - 1) || !($this->isType($i + 1) || $this->id($i + 1) === '?')) {
			return;
		}
		$start = $i - 1;
		while ($this->isType($start - 1) || $this->id($start - 1) === '|' || $this->id($start - 1) === '?') {
			$start--;
		}
		$end = $i + 1;
		while ($this->isType($end) || $this->id($end) === '|' || $this->id($end) === '?') {
			$end++;
		}
		$before = $this->id($start - 1);
		$after = $this->id($end);
		$opensParam = $before === '(' || $before === ',';
		$opensReturn = $before === ':' && $this->id($start - 2) === ')';
		$closesParam = in_array($after, array(T_VARIABLE, T_ELLIPSIS, '&'), true);
		$closesReturn = in_array($after, array('{', ';', T_DOUBLE_ARROW), true);
		if (($opensParam && $closesParam) || ($opensReturn && $closesReturn)) {
			$this->flag($i, 'union type (8.0)');
		}
	}
}

$checker = new Compat73();
foreach (array_slice($argv, 1) as $file) {
	$checker->check($file);
}
echo json_encode($checker->findings);
