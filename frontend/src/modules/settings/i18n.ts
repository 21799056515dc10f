// Messages of the settings sections beyond the business form (whose keys are in lib/i18n's core): the
// tabs and the mobile apps page. Merged into the panel's dictionaries in lib/i18n; the English object is
// typed against the Spanish keys, so neither can miss one.

export const settingsEs = {
  "settings.tabs": "Secciones de configuración",
  "settings.tab.business": "Negocio",
  "settings.tab.mobileApps": "Apps móviles",

  "mobileApps.title": "Apps móviles",
  "mobileApps.subtitle": "Las apps de tu negocio para tus clientes y la clave pública de cada una.",
  "mobileApps.about.title": "Para qué sirve la clave",
  "mobileApps.about.ships":
    "Cada app que publicas (Android, iOS, una versión de pruebas) lleva su clave pública dentro y la envía en el encabezado X-App-Key en cada llamada a la API móvil: así la API sabe de qué negocio es la llamada.",
  "mobileApps.about.notSecret":
    "La clave no identifica al cliente (cada cliente inicia sesión y recibe su propio token) y no es un secreto. Si una app deja de ser tuya o quieres cortar una versión, revoca su clave y publica la app con una nueva.",
  "mobileApps.about.baseUrl": "Dirección base de la API móvil",
  "mobileApps.about.docs": "Documentación de la API móvil",
  "mobileApps.about.snippet": "Primera llamada de la app: inscribir a un cliente",
  "mobileApps.about.snippetKey": "TU_CLAVE",

  "mobileApps.create.title": "Registrar una app",
  "mobileApps.create.name": "Nombre de la app",
  "mobileApps.create.nameHint": "Para reconocerla en esta lista, p. ej. «App Android» o «iOS pruebas». Hasta 80 caracteres.",
  "mobileApps.create.submit": "Crear app y clave",
  "mobileApps.create.creating": "Creando…",
  "mobileApps.created": "Se creó «{name}». Copia su clave y ponla en la configuración de la app.",

  "mobileApps.list.title": "Apps registradas",
  "mobileApps.count": "Apps: {count}",
  "mobileApps.showRevoked": "Mostrar revocadas",
  "mobileApps.empty": "No hay apps activas. Registra una para obtener su clave.",
  "mobileApps.emptyAll": "Aún no hay apps registradas.",
  "mobileApps.col.name": "App",
  "mobileApps.col.key": "Clave pública (X-App-Key)",
  "mobileApps.col.status": "Estado",
  "mobileApps.col.created": "Creada",
  "mobileApps.col.revoked": "Revocada",
  "mobileApps.col.actions": "Acciones",
  "mobileApps.active": "Activa",
  "mobileApps.revoked": "Revocada",
  "mobileApps.copy": "Copiar",
  "mobileApps.copyNamed": "Copiar la clave de {name}",
  "mobileApps.copied": "Copiada",
  "mobileApps.copyFailed": "No se pudo copiar: selecciona la clave y cópiala a mano.",
  "mobileApps.revoke": "Revocar",
  "mobileApps.revokeNamed": "Revocar {name}",
  "mobileApps.confirmRevoke":
    "¿Revocar «{name}»? Su clave deja de funcionar de inmediato: las apps instaladas con ella no podrán inscribir clientes, iniciar sesión ni registrar dispositivos hasta que publiques una versión con otra clave. No se puede deshacer.",
  "mobileApps.revokedNotice": "Se revocó «{name}». Su clave ya no se acepta.",
} as const;

export const settingsEn: Record<keyof typeof settingsEs, string> = {
  "settings.tabs": "Settings sections",
  "settings.tab.business": "Business",
  "settings.tab.mobileApps": "Mobile apps",

  "mobileApps.title": "Mobile apps",
  "mobileApps.subtitle": "Your business's apps for your customers and the public key of each.",
  "mobileApps.about.title": "What the key is for",
  "mobileApps.about.ships":
    "Every app you publish (Android, iOS, a test build) ships with its public key inside and sends it in the X-App-Key header on every call to the mobile API: that is how the API knows which business the call is for.",
  "mobileApps.about.notSecret":
    "The key does not identify the customer (each customer signs in and gets a token of their own) and it is not a secret. If an app is no longer yours or you want to cut off a version, revoke its key and publish the app with a new one.",
  "mobileApps.about.baseUrl": "Mobile API base URL",
  "mobileApps.about.docs": "Mobile API documentation",
  "mobileApps.about.snippet": "The app's first call: enrolling a customer",
  "mobileApps.about.snippetKey": "YOUR_KEY",

  "mobileApps.create.title": "Register an app",
  "mobileApps.create.name": "App name",
  "mobileApps.create.nameHint": "To recognise it in this list, e.g. “Android app” or “iOS test”. Up to 80 characters.",
  "mobileApps.create.submit": "Create app and key",
  "mobileApps.create.creating": "Creating…",
  "mobileApps.created": "“{name}” was created. Copy its key into the app's configuration.",

  "mobileApps.list.title": "Registered apps",
  "mobileApps.count": "Apps: {count}",
  "mobileApps.showRevoked": "Show revoked",
  "mobileApps.empty": "No active apps. Register one to get its key.",
  "mobileApps.emptyAll": "No apps registered yet.",
  "mobileApps.col.name": "App",
  "mobileApps.col.key": "Public key (X-App-Key)",
  "mobileApps.col.status": "Status",
  "mobileApps.col.created": "Created",
  "mobileApps.col.revoked": "Revoked",
  "mobileApps.col.actions": "Actions",
  "mobileApps.active": "Active",
  "mobileApps.revoked": "Revoked",
  "mobileApps.copy": "Copy",
  "mobileApps.copyNamed": "Copy the key of {name}",
  "mobileApps.copied": "Copied",
  "mobileApps.copyFailed": "Could not copy: select the key and copy it by hand.",
  "mobileApps.revoke": "Revoke",
  "mobileApps.revokeNamed": "Revoke {name}",
  "mobileApps.confirmRevoke":
    "Revoke “{name}”? Its key stops working at once: apps installed with it can no longer enrol customers, sign them in or register devices until you publish a version with another key. This cannot be undone.",
  "mobileApps.revokedNotice": "“{name}” was revoked. Its key is no longer accepted.",
};
