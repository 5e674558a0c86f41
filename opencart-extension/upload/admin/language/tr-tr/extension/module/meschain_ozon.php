<?php
// Heading
$_['heading_title']          = 'MesChain Ozon Senkronizasyonu';

// Menu
$_['text_menu']              = 'Ozon';
$_['text_page_dashboard']    = 'Genel Bakış';
$_['text_page_products']     = 'Ürünler';
$_['text_page_offers']       = 'Stok ve fiyatlar';
$_['text_page_mapping']      = 'Eşleştirme';
$_['text_page_logs']         = 'Kayıtlar';
$_['text_page_settings']     = 'Ayarlar';

// Text
$_['text_extension']         = 'Eklentiler';
$_['text_success']           = 'Başarılı: MesChain Ozon modülünün ayarları kaydedildi.';
$_['text_module_settings']   = 'Modül';
$_['text_loading']           = 'Ozon paneli yükleniyor…';
$_['text_noscript']          = 'Ozon paneli için JavaScript gereklidir.';
$_['text_bridge_down']       = 'MesChain köprüsü %1$s adresinde yanıt vermiyor, bu yüzden Ozon paneli verilerini yükleyemiyor. Mağazanın sunucusunda başlatın: %2$s Köprü başka bir adreste ya da portta çalışıyorsa, bu adresi sayfanın altındaki "Modül" bölümünde "Köprü adresi" alanına girin (açmak için "Modül"e tıklayın).';
$_['text_bridge_database_down'] = 'MesChain köprüsü çalışıyor ancak mağazanın veritabanına ulaşamıyor, bu yüzden Ozon paneli verilerini yükleyemiyor. Hiçbir şey kaybolmaz: köprü kendiliğinden yeniden bağlanır ve işleri kaldığı yerden sürer. MySQL/MariaDB\'nin çalıştığını kontrol edin.';
$_['text_start_command']     = '"meschain-ozon serve --opencart-root %1$s" komutunu çalıştırın ya da "meschain-ozon install --opencart-root %1$s" ile kurduğunuz hizmet için "systemctl start meschain-ozon" kullanın.';
$_['text_version']           = 'Modül %s, OpenCart %s';

// Entry
$_['entry_status']           = 'Durum';
$_['entry_bridge_url']       = 'Köprü adresi';
$_['entry_remove_data']      = 'Kaldırırken verileri sil';

// Help
$_['help_bridge_url']        = 'Köprünün bu sunucuda dinlediği adres. Yalnızca 127.0.0.1, localhost veya [::1] üzerinde http:// kabul edilir.';
$_['help_remove_data']       = 'İşaretliyse modül kaldırılırken köprünün tabloları (eşleştirmeler, senkronizasyon durumu, kayıtlar) da silinir. Aksi halde yeniden kurulum için saklanır. Köprü adresi ve ortak gizli anahtar her zaman saklanır.';

// Error
$_['error_permission']       = 'Uyarı: MesChain Ozon modülünü değiştirme yetkiniz yok!';
$_['error_bridge_url']       = 'Köprü adresi bu makinede http:// olmalıdır (127.0.0.1, localhost veya [::1]), örneğin http://127.0.0.1:7420.';
$_['error_forbidden_read']   = 'Ozon panelini görüntüleme yetkiniz yok. Bir yöneticiden extension/module/meschain_ozon için "erişim" yetkisi isteyin.';
$_['error_forbidden_write']  = 'Ozon verilerini değiştirme yetkiniz yok. Bir yöneticiden extension/module/meschain_ozon için "değiştirme" yetkisi isteyin.';
$_['error_method']           = 'Bu istek yöntemi desteklenmiyor.';
$_['error_path']             = 'İstenen köprü yoluna izin verilmiyor.';
$_['error_body_too_large']   = 'İstek çok büyük.';
$_['error_not_configured']   = 'Modülün köprü anahtarı yok. Modülü Eklentiler > Modüller altında kaldırıp yeniden kurun.';
$_['error_assets_missing']   = 'Panelin dosyaları admin/view/javascript/meschain_ozon/ içinde bulunamadı. Eksiksiz meschain_ozon.ocmod.zip dosyasını Eklentiler > Yükleyici ile yeniden yükleyin.';
$_['error_assets_unreadable'] = 'Panelin manifest dosyası (admin/view/javascript/meschain_ozon/manifest.json) okunamıyor. meschain_ozon.ocmod.zip dosyasını yeniden yükleyin.';
$_['error_assets_no-entry']  = 'Panelin manifest dosyasında giriş betiği yok. meschain_ozon.ocmod.zip dosyasını yeniden yükleyin.';
