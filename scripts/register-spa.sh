#!/usr/bin/env bash
# Registers the reviewer page's sign-in redirect URIs on its Entra app registration (SPA platform:
# authorisation code with PKCE, no implicit grant). Bicep cannot create or change app registrations,
# so this runs after `azd provision`, with the static web app's host name from the azd outputs.
#   scripts/register-spa.sh <spa-client-id> [extra-redirect-uri ...]
# Needs `az login` as someone who owns the app registration (Application.ReadWrite.OwnedBy).
set -euo pipefail
client_id="${1:?usage: scripts/register-spa.sh <spa-client-id> [extra-redirect-uri ...]}"
shift
hostname="${STATIC_WEB_APP_HOSTNAME:-$(azd env get-value STATIC_WEB_APP_HOSTNAME)}"
uris=("https://${hostname}/" "$@")
echo "SPA redirect URIs for ${client_id}: ${uris[*]}"
az ad app update --id "$client_id" --spa-redirect-uris "${uris[@]}" --enable-access-token-issuance false --enable-id-token-issuance false
az ad app show --id "$client_id" --query "spa.redirectUris" -o tsv
