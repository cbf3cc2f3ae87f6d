package dev.stickerplatform.application;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The real in-memory store, observed: it counts the calls of each repository method (to check "one query, not
 * N+1"), can fail every call like an outage, and can run a step just before a given call (to play a concurrent
 * request that gets there first). Nothing is stored here: every call goes to the {@link InMemoryStore}.
 */
public final class ObservedStore implements Store {
    private final Store observed;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, Runnable> before = new ConcurrentHashMap<>();
    private volatile boolean down;

    public ObservedStore() {
        this(new InMemoryStore());
    }

    public ObservedStore(Store store) {
        this.observed = observe(Store.class, "Store", store);
    }

    /** While {@code value} is true, every call fails with {@link StoreUnavailableException}. */
    public void down(boolean value) {
        down = value;
    }

    /** How many times {@code "Repository.method"} was called, e.g. {@code "Templates.findAll"}. */
    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Runs {@code step} once, just before the next call of {@code "Repository.method"} reaches the store. */
    public void beforeNext(String method, Runnable step) {
        before.put(method, step);
    }

    @SuppressWarnings("unchecked")
    private <T> T observe(Class<T> type, String name, T target) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> call(name, target, method, args));
    }

    @SuppressWarnings("unchecked")
    private Object call(String name, Object target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        String key = name + "." + method.getName();
        Runnable step = before.remove(key);
        if (step != null) {
            step.run();
        }
        if (down) {
            throw new StoreUnavailableException("store is down");
        }
        calls.merge(key, 1, Integer::sum);
        if (name.equals("Store") && method.getName().equals("inTransaction")) {
            Function<Store, Object> work = (Function<Store, Object>) args[0];
            args = new Object[] {(Function<Store, Object>) tx -> work.apply(observe(Store.class, "Store", tx))};
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> type = method.getReturnType();
        return type.isInterface() && type.getEnclosingClass() == Store.class
                ? observe((Class<Object>) type, type.getSimpleName(), result) : result;
    }

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        return observed.inTransaction(work);
    }

    @Override
    public Creators creators() {
        return observed.creators();
    }

    @Override
    public TipJars tipJars() {
        return observed.tipJars();
    }

    @Override
    public Templates templates() {
        return observed.templates();
    }

    @Override
    public Tips tips() {
        return observed.tips();
    }

    @Override
    public Stickers stickers() {
        return observed.stickers();
    }

    @Override
    public MintJobs mintJobs() {
        return observed.mintJobs();
    }

    @Override
    public ListenerCursor listenerCursor() {
        return observed.listenerCursor();
    }

    @Override
    public Approvals approvals() {
        return observed.approvals();
    }

    @Override
    public Grants grants() {
        return observed.grants();
    }

    @Override
    public StickerTransfers stickerTransfers() {
        return observed.stickerTransfers();
    }

    @Override
    public OnrampOrders onrampOrders() {
        return observed.onrampOrders();
    }
}
