CREATE SCHEMA "Sales Ünï";
CREATE TABLE "Sales Ünï"."Deals ""2024""" ("Id" bigint PRIMARY KEY, "Stage Name" text);
