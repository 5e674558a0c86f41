<?php
// Heading
$_['heading_title']          = 'MesChain: синхронизация с Ozon';

// Menu
$_['text_menu']              = 'Ozon';
$_['text_page_dashboard']    = 'Обзор';
$_['text_page_products']     = 'Товары';
$_['text_page_offers']       = 'Остатки и цены';
$_['text_page_mapping']      = 'Сопоставление';
$_['text_page_logs']         = 'Журнал';
$_['text_page_settings']     = 'Настройки';

// Text
$_['text_extension']         = 'Расширения';
$_['text_success']           = 'Настройки модуля MesChain Ozon сохранены.';
$_['text_module_settings']   = 'Модуль';
$_['text_loading']           = 'Загрузка панели Ozon…';
$_['text_noscript']          = 'Для панели Ozon нужен JavaScript.';
$_['text_bridge_down']       = 'Сервис MesChain не отвечает по адресу %1$s, поэтому панель Ozon не может загрузить данные. Запустите его на сервере магазина: %2$s Если сервис работает по другому адресу или порту, укажите его в поле «Адрес сервиса» в блоке «Модуль» внизу этой страницы (нажмите «Модуль», чтобы раскрыть его).';
$_['text_bridge_database_down'] = 'Сервис MesChain работает, но не может подключиться к базе данных магазина, поэтому панель Ozon не может загрузить данные. Ничего не потеряно: сервис переподключится сам, и задачи продолжатся. Проверьте, что MySQL/MariaDB запущен.';
$_['text_start_command']     = 'выполните «meschain-ozon serve --opencart-root %1$s» или «systemctl start meschain-ozon», если вы установили службу, которую выводит «meschain-ozon install --opencart-root %1$s».';
$_['text_version']           = 'Модуль %s, OpenCart %s';

// Entry
$_['entry_status']           = 'Статус';
$_['entry_bridge_url']       = 'Адрес сервиса';
$_['entry_remove_data']      = 'Удалять данные при удалении модуля';

// Help
$_['help_bridge_url']        = 'Где сервис слушает на этом сервере. Допускается только http:// на 127.0.0.1, localhost или [::1].';
$_['help_remove_data']       = 'Если отмечено, при удалении модуля удаляются и таблицы сервиса (сопоставления, состояние синхронизации, журнал). Иначе они сохраняются для повторной установки. Адрес сервиса и общий секрет сохраняются всегда.';

// Error
$_['error_permission']       = 'Внимание: у вас нет прав на изменение модуля MesChain Ozon!';
$_['error_bridge_url']       = 'Адрес сервиса должен быть http:// на этом сервере (127.0.0.1, localhost или [::1]), например http://127.0.0.1:7420.';
$_['error_forbidden_read']   = 'У вас нет прав на просмотр панели Ozon. Попросите администратора выдать право «просмотр» для extension/module/meschain_ozon.';
$_['error_forbidden_write']  = 'У вас нет прав на изменение данных Ozon. Попросите администратора выдать право «изменение» для extension/module/meschain_ozon.';
$_['error_method']           = 'Этот метод запроса не поддерживается.';
$_['error_path']             = 'Запрошенный путь сервиса недопустим.';
$_['error_body_too_large']   = 'Слишком большой запрос.';
$_['error_not_configured']   = 'У модуля нет секретного ключа сервиса. Удалите и снова установите модуль в разделе Расширения > Модули.';
$_['error_assets_missing']   = 'Файлы панели не найдены в admin/view/javascript/meschain_ozon/. Загрузите полный meschain_ozon.ocmod.zip ещё раз через Расширения > Установщик.';
$_['error_assets_unreadable'] = 'Не удаётся прочитать манифест панели (admin/view/javascript/meschain_ozon/manifest.json). Загрузите meschain_ozon.ocmod.zip ещё раз.';
$_['error_assets_no-entry']  = 'В манифесте панели нет её основного скрипта. Загрузите meschain_ozon.ocmod.zip ещё раз.';
