/**
 * The command-line tools of the jar besides {@code serve} and {@code worker}: {@code wallet}, {@code devnet},
 * {@code keys}, {@code approvals} (with the approver's {@code ApprovalPolicy}) and {@code config check}, plus what
 * they share: {@code CliOptions} ({@code --name value} options) and {@code CliHttp} (JSON over HTTP with a token).
 * {@code Main} dispatches to them.
 *
 * <p>A new sub-command goes here, unless it measures or injects faults ({@code bootstrap.bench}).
 *
 * <p><b>Internal</b>: not part of the embedding API; the commands' usage texts are their interface. May change
 * without notice.
 */
package dev.stickerplatform.bootstrap.cli;
