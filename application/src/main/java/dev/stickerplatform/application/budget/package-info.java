/** The platform's global daily caps on what it spends, by kind (deployments, faucet, grants). */
package dev.stickerplatform.application.budget;
