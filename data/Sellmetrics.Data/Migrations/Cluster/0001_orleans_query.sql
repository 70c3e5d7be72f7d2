-- The Orleans ADO.NET providers read their SQL from this table, keyed by query name.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL CONSTRAINT OrleansQuery_Key PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);
