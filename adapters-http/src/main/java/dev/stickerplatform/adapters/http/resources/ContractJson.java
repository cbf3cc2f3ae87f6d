package dev.stickerplatform.adapters.http.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipped contract, summarised from its ARC-56 app spec. {@code newDeployments} (the TipProxy only) says what a
 * new deployment is created with; it is left out for other contracts.
 */
public record ContractJson(boolean compiled, String name, String contractName, String description, JsonNode arcs,
                           int globalUints, int globalBytes, int localUints, int localBytes,
                           List<String> globalStateKeys, List<MethodJson> methods, List<String> events,
                           @JsonInclude(JsonInclude.Include.NON_NULL) NewDeploymentsJson newDeployments) {

    /** An ABI method: its ARC-4 signature and the on-completion actions it allows. */
    public record MethodJson(String name, String signature, String description, JsonNode actions) {
    }

    /** What a new TipProxy deployment is created with (fixed in each app at creation). */
    public record NewDeploymentsJson(int contractVersion, String platformAddress, PlatformFeeJson platformFee) {
    }

    /** The platform fee of new deployments. */
    public record PlatformFeeJson(int basisPoints, long floorMicroAlgos, String floorAlgo, String rule,
                                  String treasury) {
    }

    /** The summary of the contract {@code name} from its ARC-56 {@code spec}. */
    public static ContractJson of(String name, JsonNode spec) {
        JsonNode schema = spec.path("state").path("schema");
        List<MethodJson> methods = new ArrayList<>();
        for (JsonNode method : spec.path("methods")) {
            methods.add(new MethodJson(method.path("name").asText(), signature(method), method.path("desc").asText(),
                    method.path("actions")));
        }
        List<String> events = new ArrayList<>();
        spec.path("events").forEach(event -> events.add(signature(event)));
        return new ContractJson(true, name, spec.path("name").asText(), spec.path("desc").asText(), spec.path("arcs"),
                schema.path("global").path("ints").asInt(), schema.path("global").path("bytes").asInt(),
                schema.path("local").path("ints").asInt(), schema.path("local").path("bytes").asInt(),
                fieldNames(spec.path("state").path("keys").path("global")), List.copyOf(methods),
                List.copyOf(events), null);
    }

    /** This summary with what new deployments are created with ({@code contractVersion} 2). */
    public ContractJson withNewDeployments(TipJarDeployer.Terms terms) {
        PlatformFeeJson fee = new PlatformFeeJson(terms.fee().basisPoints(), terms.fee().floor().value(),
                terms.fee().floor().toAlgoString(), "fee = max(floor, amount * basisPoints / 10000 rounded down); "
                + "the creator receives amount - fee, the treasury the fee; the minimum tip is above the floor",
                terms.treasury().value());
        return new ContractJson(compiled, name, contractName, description, arcs, globalUints, globalBytes, localUints,
                localBytes, globalStateKeys, methods, events,
                new NewDeploymentsJson(2, terms.platform().value(), fee));
    }

    /** The ARC-4 signature, e.g. {@code tip(pay,string)void}; events have no return type. */
    private static String signature(JsonNode method) {
        List<String> types = new ArrayList<>();
        method.path("args").forEach(arg -> types.add(arg.path("type").asText()));
        String returns = method.has("returns") ? method.path("returns").path("type").asText() : "";
        return method.path("name").asText() + "(" + String.join(",", types) + ")" + returns;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return List.copyOf(names);
    }
}
