package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;
import java.util.HashMap;
import java.util.Map;

/**
 * Changes on top of a parent state, kept apart until {@link #commitTo}: the pending pool is an overlay on the
 * committed state and each group an overlay on the pool, so a failing group is dropped without a trace.
 */
final class StateOverlay implements LedgerReader, LedgerWriter {
    private final LedgerReader parent;
    private final Map<Address, AccountRecord> accounts = new HashMap<>();
    private final Map<HoldingKey, Holding> holdings = new HashMap<>();
    private final Map<Long, AppRecord> apps = new HashMap<>();
    private final Map<Long, AssetInfo> assets = new HashMap<>();
    private long nextId;

    StateOverlay(LedgerReader parent) {
        this.parent = parent;
        this.nextId = parent.nextId();
    }

    @Override
    public AccountRecord account(Address address) {
        AccountRecord changed = accounts.get(address);
        return changed != null ? changed : parent.account(address);
    }

    boolean overridesAccount(Address address) {
        return accounts.containsKey(address);
    }

    @Override
    public Holding holding(Address account, long asset) {
        HoldingKey key = new HoldingKey(account, asset);
        return holdings.containsKey(key) ? holdings.get(key) : parent.holding(account, asset);
    }

    @Override
    public AppRecord app(long id) {
        return apps.containsKey(id) ? apps.get(id) : parent.app(id);
    }

    @Override
    public AssetInfo asset(long id) {
        return assets.containsKey(id) ? assets.get(id) : parent.asset(id);
    }

    @Override
    public long nextId() {
        return nextId;
    }

    @Override
    public void putAccount(Address address, AccountRecord account) {
        accounts.put(address, account);
    }

    @Override
    public void putHolding(Address account, long asset, Holding holding) {
        holdings.put(new HoldingKey(account, asset), holding);
    }

    @Override
    public void putApp(long id, AppRecord app) {
        apps.put(id, app);
    }

    @Override
    public void putAsset(long id, AssetInfo asset) {
        assets.put(id, asset);
    }

    @Override
    public void setNextId(long nextId) {
        this.nextId = nextId;
    }

    /** Replays every change into {@code target} (normally this overlay's parent). */
    void commitTo(LedgerWriter target) {
        accounts.forEach(target::putAccount);
        holdings.forEach((key, holding) -> target.putHolding(key.account(), key.asset(), holding));
        apps.forEach(target::putApp);
        assets.forEach(target::putAsset);
        target.setNextId(nextId);
    }

    private record HoldingKey(Address account, long asset) {
    }
}
