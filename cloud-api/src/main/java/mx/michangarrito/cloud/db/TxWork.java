package mx.michangarrito.cloud.db;

/** Work done inside one transaction. */
@FunctionalInterface
public interface TxWork<T> {

    T run(Tx tx);
}
