export interface UnitInput {
  readonly nodePath: string;
  readonly binPath: string;
  readonly workingDirectory: string;
  readonly opencartRoot: string;
  readonly user: string;
}

/**
 * A systemd unit that keeps the bridge running. Exit code 78 (a wrong setting) is not restarted in a loop: the
 * merchant must fix the setting, and `journalctl -u meschain-ozon` shows which one.
 */
export function systemdUnit(input: UnitInput): string {
  return `[Unit]
Description=MesChain-Sync Ozon bridge for the OpenCart store in ${input.opencartRoot}
After=network-online.target mariadb.service mysql.service
Wants=network-online.target

[Service]
Type=simple
User=${input.user}
WorkingDirectory=${input.workingDirectory}
ExecStart=${input.nodePath} ${input.binPath} serve --opencart-root ${input.opencartRoot}
Restart=on-failure
RestartSec=5
RestartPreventExitStatus=78
# SIGTERM lets running syncs checkpoint before the bridge stops.
KillSignal=SIGTERM
TimeoutStopSec=30
NoNewPrivileges=true
PrivateTmp=true

[Install]
WantedBy=multi-user.target
`;
}
