CREATE TABLE public."Deals ""2024""" ("Id" bigint PRIMARY KEY, "Stage Name" text);
