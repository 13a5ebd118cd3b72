// `--log-format`: readable lines for a person at a terminal, JSON lines for everything else; colour only on
// a terminal and never with NO_COLOR. The flag, its environment variable and --help agree.

import { describe, expect, it } from 'vitest';
import { ConfigError, HELP, loadConfig } from '../../../server/config.ts';
import { decideLogOutput, type LogFormat } from '../../../server/log-format.ts';

describe('deciding the log output', () => {
  it.each<[LogFormat, boolean, Record<string, string>, { format: string; colour: boolean }]>([
    ['auto', true, {}, { format: 'pretty', colour: true }],
    ['auto', false, {}, { format: 'json', colour: false }],
    ['auto', true, { NO_COLOR: '1' }, { format: 'pretty', colour: false }],
    ['auto', true, { NO_COLOR: '' }, { format: 'pretty', colour: true }],
    ['auto', true, { TERM: 'dumb' }, { format: 'pretty', colour: false }],
    ['json', true, {}, { format: 'json', colour: false }],
    ['pretty', false, {}, { format: 'pretty', colour: false }],
    ['pretty', true, {}, { format: 'pretty', colour: true }],
  ])('%s with a TTY=%s and %j → %j', (requested, isTTY, env, expected) => {
    expect(decideLogOutput(requested, { isTTY, env })).toEqual(expected);
  });
});

describe('--log-format', () => {
  it('defaults to auto and reads the flag over SWITCHBOARD_LOG_FORMAT', () => {
    expect(loadConfig([], {}).logFormat).toBe('auto');
    expect(loadConfig([], { SWITCHBOARD_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig(['--log-format', 'PRETTY'], { SWITCHBOARD_LOG_FORMAT: 'json' }).logFormat).toBe('pretty');
  });

  it('refuses other formats, naming the choices', () => {
    expect(() => loadConfig(['--log-format', 'yaml'], {})).toThrow(ConfigError);
    expect(() => loadConfig([], { SWITCHBOARD_LOG_FORMAT: 'text' })).toThrow(/--log-format must be one of auto, json, pretty, got "text"/);
  });

  it('is in --help with its environment variable and NO_COLOR', () => {
    expect(HELP).toMatch(/--log-format <f>\s+auto, json or pretty/);
    expect(HELP).toContain('env SWITCHBOARD_LOG_FORMAT; default auto');
    expect(HELP).toContain('NO_COLOR');
  });
});
