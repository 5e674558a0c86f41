<?php
// Heading
$_['heading_title']          = 'MesChain Ozon Sync';

// Menu
$_['text_menu']              = 'Ozon';
$_['text_page_dashboard']    = 'Dashboard';
$_['text_page_products']     = 'Products';
$_['text_page_offers']       = 'Stock & prices';
$_['text_page_mapping']      = 'Mapping';
$_['text_page_logs']         = 'Logs';
$_['text_page_settings']     = 'Settings';

// Text
$_['text_extension']         = 'Extensions';
$_['text_success']           = 'Success: the MesChain Ozon module settings were saved.';
$_['text_module_settings']   = 'Module';
$_['text_loading']           = 'Loading the Ozon panel…';
$_['text_noscript']          = 'The Ozon panel needs JavaScript.';
$_['text_bridge_down']       = 'The MesChain bridge does not answer at %1$s, so the Ozon panel cannot load its data. Start it on the store\'s server: %2$s If it runs at another address or port, enter that in "Bridge URL" under "Module" at the bottom of this page (click "Module" to open it).';
$_['text_bridge_database_down'] = 'The MesChain bridge runs but cannot reach the store\'s database, so the Ozon panel cannot load its data; nothing is lost: it reconnects on its own and its jobs resume. Check that MySQL/MariaDB is running.';
$_['text_start_command']     = 'run "meschain-ozon serve --opencart-root %1$s", or "systemctl start meschain-ozon" if you set up the service printed by "meschain-ozon install --opencart-root %1$s".';
$_['text_version']           = 'Module %s, OpenCart %s';

// Entry
$_['entry_status']           = 'Status';
$_['entry_bridge_url']       = 'Bridge URL';
$_['entry_remove_data']      = 'Remove data on uninstall';

// Help
$_['help_bridge_url']        = 'Where the bridge listens on this server. Only http:// on 127.0.0.1, localhost or [::1] is accepted.';
$_['help_remove_data']       = 'When ticked, uninstalling the module also deletes the bridge\'s tables (mappings, sync state, logs). Otherwise they are kept for a later reinstall. The bridge URL and the shared secret are always kept.';

// Error
$_['error_permission']       = 'Warning: You do not have permission to modify the MesChain Ozon module!';
$_['error_bridge_url']       = 'The bridge URL must be http:// on this machine (127.0.0.1, localhost or [::1]), e.g. http://127.0.0.1:7420.';
$_['error_forbidden_read']   = 'You do not have permission to view the Ozon panel. Ask an administrator to grant "access" to extension/module/meschain_ozon.';
$_['error_forbidden_write']  = 'You do not have permission to change Ozon data. Ask an administrator to grant "modify" to extension/module/meschain_ozon.';
$_['error_method']           = 'This request method is not supported.';
$_['error_path']             = 'The requested bridge path is not allowed.';
$_['error_body_too_large']   = 'The request is too large.';
$_['error_not_configured']   = 'The module has no bridge secret. Uninstall and install the module again under Extensions > Modules.';
$_['error_assets_missing']   = 'The panel\'s files were not found in admin/view/javascript/meschain_ozon/. Upload the complete meschain_ozon.ocmod.zip again through Extensions > Installer.';
$_['error_assets_unreadable'] = 'The panel\'s manifest (admin/view/javascript/meschain_ozon/manifest.json) cannot be read. Upload meschain_ozon.ocmod.zip again.';
$_['error_assets_no-entry']  = 'The panel\'s manifest does not name its entry script. Upload meschain_ozon.ocmod.zip again.';
