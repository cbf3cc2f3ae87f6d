package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The state as of the last block. Holdings are indexed per account so account queries list them cheaply. */
final class CommittedState implements LedgerReader, LedgerWriter {
    /** Ids start where a fresh localnet's do, so they look familiar in logs. */
    static final long FIRST_ID = 1001;

    private final Map<Address, AccountRecord> accounts = new HashMap<>();
    private final Map<Address, Map<Long, Holding>> holdings = new HashMap<>();
    private final Map<Long, AppRecord> apps = new HashMap<>();
    private final Map<Long, AssetInfo> assets = new HashMap<>();
    private long nextId = FIRST_ID;

    @Override
    public AccountRecord account(Address address) {
        return accounts.getOrDefault(address, AccountRecord.EMPTY);
    }

    @Override
    public Holding holding(Address account, long asset) {
        Map<Long, Holding> held = holdings.get(account);
        return held == null ? null : held.get(asset);
    }

    /** The account's holdings by asset id, in id order. */
    Map<Long, Holding> holdingsOf(Address account) {
        return new TreeMap<>(holdings.getOrDefault(account, Map.of()));
    }

    @Override
    public AppRecord app(long id) {
        return apps.get(id);
    }

    @Override
    public AssetInfo asset(long id) {
        return assets.get(id);
    }

    @Override
    public long nextId() {
        return nextId;
    }

    @Override
    public void putAccount(Address address, AccountRecord account) {
        if (account.isEmpty()) {
            accounts.remove(address);
        } else {
            accounts.put(address, account);
        }
    }

    @Override
    public void putHolding(Address account, long asset, Holding holding) {
        if (holding == null) {
            Map<Long, Holding> held = holdings.get(account);
            if (held != null && held.remove(asset) != null && held.isEmpty()) {
                holdings.remove(account);
            }
        } else {
            holdings.computeIfAbsent(account, a -> new HashMap<>()).put(asset, holding);
        }
    }

    @Override
    public void putApp(long id, AppRecord app) {
        if (app == null) {
            apps.remove(id);
        } else {
            apps.put(id, app);
        }
    }

    @Override
    public void putAsset(long id, AssetInfo asset) {
        if (asset == null) {
            assets.remove(id);
        } else {
            assets.put(id, asset);
        }
    }

    @Override
    public void setNextId(long nextId) {
        this.nextId = nextId;
    }
}
